export default defineBackground(() => {
  console.log('stub');
});
