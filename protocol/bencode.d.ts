// Types for the `bencode` package (v4 ships none); tests use it to build .torrent files.
// Like the package, object members that are undefined are left out of the encoding.
declare module "bencode" {
  type Encodable = number | string | Uint8Array | Encodable[] | { [key: string]: Encodable | undefined };
  const bencode: {
    encode(value: Encodable): Uint8Array;
    decode(data: Uint8Array, encoding?: string): unknown;
  };
  export default bencode;
}
