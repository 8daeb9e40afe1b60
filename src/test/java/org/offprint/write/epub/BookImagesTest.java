package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.model.Diagnostics;

/** One item per distinct content: equal bytes share an item, bytes that only share a length and CRC-32 do not. */
class BookImagesTest {
  @TempDir Path dir;

  private static BookImages images(long budget) {
    return new BookImages(budget, uri -> Optional.empty(), new ImagePreparer(Long.MAX_VALUE), Diagnostics.collector());
  }

  private static PreparedImage image(String mediaType, byte[] bytes) {
    return new PreparedImage(mediaType, bytes, 10, 10);
  }

  /** {@return two different arrays of one length with the same CRC-32} (found once by a search over numbers) */
  private static byte[][] crcTwins() {
    byte[][] twins = {bytes(9_685_295), bytes(12_060_020)};
    assertEquals(crc(twins[0]), crc(twins[1]));
    assertEquals(twins[0].length, twins[1].length);
    return twins;
  }

  private static long crc(byte[] b) {
    CRC32 crc = new CRC32();
    crc.update(b);
    return crc.getValue();
  }

  private static byte[] bytes(int i) {
    return ("picture number " + (1_000_000_000 + i) + " of the same length").getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void equalBytesShareOneItem() throws IOException {
    BookImages images = images(BookImages.MEMORY_BUDGET);
    byte[] a = bytes(1);
    ImageItem first = images.add(image("image/png", a), "image");
    assertSame(first, images.add(image("image/png", a.clone()), "image"));
    assertEquals(1, images.items().size());
  }

  @Test
  void bytesWithTheSameLengthAndCrcAreTwoItems() throws IOException {
    byte[][] twins = crcTwins();
    assertFalse(Arrays.equals(twins[0], twins[1]));
    for (String type : new String[] {"image/png", "image/svg+xml"}) { // stored, and deflated
      for (long budget : new long[] {BookImages.MEMORY_BUDGET, 0}) { // in memory, and spilled to a file
        BookImages images = images(budget);
        ImageItem a = images.add(image(type, twins[0]), "image");
        ImageItem b = images.add(image(type, twins[1]), "image");
        assertNotEquals(a.path(), b.path(), type + ", budget " + budget);
        assertSame(a, images.add(image(type, twins[0].clone()), "image"));
        assertSame(b, images.add(image(type, twins[1].clone()), "image"));
        assertEquals(2, images.items().size());
      }
    }
  }

  @Test
  void contentHoldsExactlyItsBytes() throws IOException {
    byte[] text = "a picture that deflates well, well, well, well, well, well".getBytes(StandardCharsets.US_ASCII);
    byte[] other = text.clone();
    other[other.length - 1] ^= 1;
    for (ZipWriter.Content c : new ZipWriter.Content[] {ZipWriter.Content.stored(text),
        ZipWriter.Content.deflated(text), ZipWriter.Content.deflated(text).spill(Files.createTempFile(dir, "i", ""))}) {
      assertTrue(c.holds(text.clone()));
      assertFalse(c.holds(other));
      assertFalse(c.holds(Arrays.copyOf(text, text.length - 1)));
    }
    assertEquals(ZipWriter.Content.DEFLATED, ZipWriter.Content.deflated(text).method(), "the text deflates");
  }
}
