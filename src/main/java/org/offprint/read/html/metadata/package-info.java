/**
 * An article's metadata read from the page before anything is removed: title, subtitle, authors, byline as
 * printed, date, language, site, description and lead image, each from its own ladder of sources (JSON-LD,
 * OpenGraph, Twitter, Dublin Core, meta tags, markup, the URL, the text).
 *
 * <p>API: {@link org.offprint.read.html.metadata.HtmlMetadata#extract} (the whole {@code Metadata});
 * {@link org.offprint.read.html.metadata.Standfirst#without} (drops the subtitle from the top of the body);
 * {@link org.offprint.read.html.metadata.JsonLdBody} (the {@code articleBody} a page declares, and its JSON-LD
 * scripts); {@link org.offprint.read.html.metadata.MetaText#leadingText}. The other classes are package-private.
 * Uses {@code dom} and {@code cues} only: never the article finding, cleaning or mapping.
 *
 * <p>Change here: the headline ({@code MetaTitle}); authors ({@code MetaAuthors}, with {@code BylineCues}); the
 * byline line ({@code MetaByline}); the subtitle ({@code Standfirst}); the date, language, image and the order of
 * sources for every field ({@code HtmlMetadata}; dates are parsed by {@code read/Dates}, languages guessed by
 * {@code read/Languages}); which JSON-LD object describes the article ({@code MetaJsonLd}, parsed by
 * {@code JsonTrees}); meta tags ({@code MetaTags}); the elements looked at ({@code MetaScan}).
 */
package org.offprint.read.html.metadata;
