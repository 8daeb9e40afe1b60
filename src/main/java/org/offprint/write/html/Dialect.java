package org.offprint.write.html;

/**
 * What differs between the two documents the shared article markup ({@link ArticleRenderer}, {@link BodyRenderer})
 * is written into: a standalone HTML page and an EPUB chapter (an XHTML content document). Everything else is
 * the same markup.
 */
enum Dialect {
  /** A standalone HTML page: each article names its language (a page may hold several); no EPUB vocabulary. */
  HTML {
    @Override
    String epubType(String type) {
      return null;
    }

    @Override
    String articleLanguage(String language) {
      return language.isEmpty() ? null : language;
    }
  },
  /** An EPUB chapter: {@code epub:type} on notes and note references; the language is on {@code <html>}. */
  EPUB {
    @Override
    String epubType(String type) {
      return type;
    }

    @Override
    String articleLanguage(String language) {
      return null;
    }
  };

  /** {@return the value of an {@code epub:type} attribute for {@code type} ("footnote", "noteref"), or null} */
  abstract String epubType(String type);

  /** {@return the {@code lang} attribute of the {@code <article>} element, or null for none} */
  abstract String articleLanguage(String language);
}
