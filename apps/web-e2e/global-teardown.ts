/** Stops the api + worker of global-setup and drops its database. */
export default async function globalTeardown(): Promise<void> {
  const stack = globalThis.__ecampusE2e;
  globalThis.__ecampusE2e = undefined;
  await stack?.stop();
}
