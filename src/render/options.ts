/** Options every serialiser takes. */
export interface SerializeOptions {
  /**
   * Whether to write the frame before the text: the document's title (a catalogue label, which
   * the published text does not contain) and the edition's release date. Without it the output
   * is the published text alone.
   * @default true
   */
  frame?: boolean | undefined;
}
