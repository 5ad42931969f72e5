/** A classifier's child that says it is ready and then never answers: a rule gone exponential. */
process.on('message', () => {
  for (;;);
});
process.send?.({ ready: true });
