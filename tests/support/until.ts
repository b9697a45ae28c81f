// Wait for something the code under test does on its own time (a worker's answer, a
// window the main process opens, an underline the page draws): poll `probe` until it
// gives a truthy value and return that value, or fail naming what never happened.
// A deadline, not a timing assertion: it only bounds how long a broken build hangs.
export async function until<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, { timeoutMs = 10_000, everyMs = 10 } = {}): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
