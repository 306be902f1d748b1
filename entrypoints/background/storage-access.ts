/**
 * Storage is for the extension's own pages and this worker only. Chromium lets content scripts read
 * and write storage.local unless told otherwise, and code in the content script's world could then
 * switch hints off, add a site or plant a reminder. Firefox has no such switch (there, content
 * scripts cannot reach storage.session, and everything read is validated anyway).
 */
export async function restrictStorage(): Promise<void> {
  type Restrictable = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };
  const areas = [globalThis.chrome?.storage?.local, globalThis.chrome?.storage?.session] as Array<
    Restrictable | undefined
  >;
  await Promise.all(
    areas.map((area) =>
      Promise.resolve(area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })).catch((error: unknown) =>
        console.error('[reissue-helper] storage access level', error),
      ),
    ),
  );
}
