/**
 * Finding the article among the page's chrome and cleaning it, on the DOM, and the last cleaning of the mapped
 * blocks. The stages, in the order {@code HtmlReader} runs them:
 * {@link org.offprint.read.html.extract.PageCleaner} (scripts, hidden elements, embeds, the whole page),
 * {@link org.offprint.read.html.extract.ChromeRemover} (navigation, footers, share boxes by landmark and name),
 * {@link org.offprint.read.html.extract.Discussions} (comment threads by their shape),
 * {@link org.offprint.read.html.extract.ArticleFinder} (scores candidate containers, picks the article; joins
 * an article printed as chunks of one template, {@code TemplateRuns}),
 * {@link org.offprint.read.html.extract.Leads} (a lead printed between the headline and the article, outside it,
 * which the reader makes the standfirst; when there is none, {@link org.offprint.read.html.extract.KeyPoints} takes
 * a list of key points there into the article),
 * {@link org.offprint.read.html.extract.ArticleCleaner} (teasers, widgets, headline and byline inside it) and,
 * after mapping, {@link org.offprint.read.html.extract.BodyTidy} (furniture lines, pull quotes, a gallery's
 * copies of captions, a press release's box about the company).
 * Every removal is reported through {@code Explain}.
 *
 * <p>API: those eight classes. {@code RunningText} (no word is cut out of a kept line), {@code FurnitureLines},
 * {@code Galleries}, {@code CompanyBoxes} and {@code TemplateRuns} are package-private. Uses {@code dom}, {@code cues}, {@code mapping} (data tables, image sources, the depth
 * limit, so that cleaning and mapping agree) and {@code metadata}'s {@code JsonLdBody}; never the reader itself.
 *
 * <p>Change here: which element is taken as the article ({@code ArticleFinder}); what is removed as menus, share
 * boxes, footers ({@code ChromeRemover}) or comments ({@code Discussions}); what goes inside the article
 * ({@code ArticleCleaner}); which inline content may be removed ({@code RunningText}); which whole paragraphs are
 * page furniture ({@code FurnitureLines}), what a picture gallery leaves in the text
 * ({@code Galleries}) and a press release's closing box about the company ({@code CompanyBoxes}); heading levels are the transform stage's {@code HeadingLevels}.
 */
package org.offprint.read.html.extract;
