/** The plain-text writer: readable UTF-8 text with no markup, for terminals, e-mail and diffing. */
package org.offprint.write.text;
