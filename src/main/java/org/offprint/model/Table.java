package org.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * A data table (layout tables are unwrapped by readers and never reach the model).
 *
 * @param caption the caption, or empty
 * @param head the header rows, or empty
 * @param body the body rows
 */
public record Table(List<Inline> caption, List<Row> head, List<Row> body) implements Block {
  public Table {
    caption = List.copyOf(caption);
    head = List.copyOf(head);
    body = List.copyOf(body);
  }

  /** {@return the number of columns: the widest row, counting column spans} */
  public int columns() {
    int max = 0;
    for (List<Row> rows : List.of(head, body)) {
      for (Row row : rows) {
        int n = 0;
        for (Cell c : row.cells()) n += c.colspan();
        max = Math.max(max, n);
      }
    }
    return max;
  }

  /** One row of cells. */
  public record Row(List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** Horizontal alignment of a cell. */
  public enum Align {
    DEFAULT,
    LEFT,
    CENTER,
    RIGHT
  }

  /** One cell; {@code colspan} and {@code rowspan} are at least 1. */
  public record Cell(List<Inline> content, Align align, int colspan, int rowspan) {
    public Cell {
      content = List.copyOf(content);
      Objects.requireNonNull(align, "align");
      if (colspan < 1 || rowspan < 1) throw new IllegalArgumentException("spans must be >= 1");
    }

    /** {@return a plain cell spanning one row and column} */
    public static Cell of(List<Inline> content) {
      return new Cell(content, Align.DEFAULT, 1, 1);
    }

    /** {@return a plain cell holding one text run} */
    public static Cell of(String text) {
      return of(List.of(new Text(text)));
    }
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.table(this);
  }
}
