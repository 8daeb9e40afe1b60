package org.offprint.write;

/**
 * What the writers share about links. Their URLs are valid when a writer receives them: the transform stage
 * repairs them ({@code org.offprint.transform.LinkUrls}, with {@link org.offprint.model.Urls}), and drops, with a
 * warning, a link whose URL cannot be repaired.
 */
public final class WebLinks {
  /** The option of the formats that can list the links' URLs at the end (PDF and text). */
  public static final FormatOption LINK_LIST =
      FormatOption.flag("--link-list", "PDF and text: list the external links' URLs at the end.");

  private WebLinks() {}
}
