/** The pack, checked against its schema and put in the bundle by scripts/build-web.ts. */
declare module 'kiembieu:pack' {
  const pack: import('../../src/engine/index.js').Pack;
  export default pack;
}
