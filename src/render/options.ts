/** Options every serialiser takes. */
export interface SerializeOptions {
  /**
   * Whether to write the frame before the text: the edition's catalogue entry (the document's
   * catalogue title, the edition, its status and governing language), marked as not published
   * text. Without it the output is the published text alone — the edition's own title and
   * dateline included, since they are published text.
   * @default true
   */
  frame?: boolean | undefined;
}
