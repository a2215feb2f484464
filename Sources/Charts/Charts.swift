/// Pure functions from chart data to SVG text (see the `Charts` types).
public enum Charts {}
