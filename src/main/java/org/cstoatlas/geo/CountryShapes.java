package org.cstoatlas.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled country polygons (Natural Earth via world-atlas, GeoJSON with {@code iso_a3} and
 * {@code name} properties), read once with Jackson's streaming parser.
 */
public final class CountryShapes {

    /** Streaming only: the shapes are read before the first map, and Jackson's databind costs a start. */
    private static final JsonFactory FACTORY = new JsonFactory();

    private final List<CountryShape> shapes;

    private CountryShapes(List<CountryShape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    public static CountryShapes read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Today's shapes with the past borders' own pieces beside them (the two German states of
     * 1949-1990, which are no union of today's shapes): the pieces are named by codes no country has,
     * so they are drawn only where a past state's span names them as its parts.
     */
    public static CountryShapes read(Path file, Path pieces) throws IOException {
        List<CountryShape> all = new ArrayList<>(read(file).all());
        all.addAll(read(pieces).all());
        return new CountryShapes(all);
    }

    public static CountryShapes read(InputStream in) throws IOException {
        List<CountryShape> out = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("features".equals(name)) {
                    expect(p.currentToken(), JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) out.add(feature(p));
                } else {
                    p.skipChildren();
                }
            }
        }
        return new CountryShapes(out);
    }

    /** The compact form's mark ("CSHP") and version: a file without it is refused at its first bytes. */
    private static final int FORM = 0x43534850, FORM_VERSION = 1;
    private static final int MAX_FORM_COUNT = 1_000_000;

    /**
     * Writes the shapes to the file (atomically) in a compact form read in one pass ({@link #readForm}):
     * the build writes the bundled 110 m shapes so, and the first map does not parse their JSON.
     */
    public void writeForm(Path file) throws IOException {
        org.cstoatlas.files.AtomicWrite.bytes(file, stream -> {
            // Flushed, not closed: the atomic write forces and closes its own stream.
            java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(stream, 1 << 16));
            writeForm(out);
            out.flush();
        });
    }

    private void writeForm(java.io.DataOutputStream out) throws IOException {
        out.writeInt(FORM);
        out.writeInt(FORM_VERSION);
        out.writeInt(shapes.size());
        for (CountryShape s : shapes) {
            out.writeBoolean(s.iso() != null);
            if (s.iso() != null) out.writeUTF(s.iso());
            out.writeBoolean(s.name() != null);
            if (s.name() != null) out.writeUTF(s.name());
            out.writeInt(s.rings().size());
            for (double[] r : s.rings()) {
                out.writeInt(r.length);
                for (double v : r) out.writeDouble(v);
            }
        }
        out.writeInt(FORM);
    }

    /** Reads what {@link #writeForm} wrote: the same shapes, ring for ring; bounded, and an IOException for anything else. */
    public static CountryShapes readForm(InputStream in) throws IOException {
        java.io.DataInputStream d = new java.io.DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        if (d.readInt() != FORM || d.readInt() != FORM_VERSION) throw new IOException("country shapes: not their compact form");
        int n = formCount(d);
        List<CountryShape> out = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            String iso = d.readBoolean() ? d.readUTF() : null;
            String name = d.readBoolean() ? d.readUTF() : null;
            int rings = formCount(d);
            List<double[]> rs = new ArrayList<>(Math.min(rings, 1024));
            for (int k = 0; k < rings; k++) {
                int len = formCount(d);
                if (len % 2 != 0) throw new IOException("country shapes: a ring of " + len + " numbers");
                double[] r = new double[len];
                for (int j = 0; j < len; j++) r[j] = d.readDouble();
                rs.add(r);
            }
            out.add(bounded(iso, name, rs));
        }
        if (d.readInt() != FORM) throw new IOException("country shapes: the compact form is cut short or runs on");
        return new CountryShapes(out);
    }

    private static int formCount(java.io.DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > MAX_FORM_COUNT) throw new IOException("country shapes: a count out of bounds (" + n + ")");
        return n;
    }

    /** Only the codes: what validating a dataset needs, without building any ring. */
    public static Set<String> readIsoCodes(Path... files) throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        for (Path file : files) {
            try (JsonParser p = FACTORY.createParser(Files.newInputStream(file))) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.FIELD_NAME && "iso_a3".equals(p.currentName()) && p.nextToken() == JsonToken.VALUE_STRING) {
                        codes.add(p.getText());
                    }
                }
            }
        }
        return codes;
    }

    public List<CountryShape> all() {
        return shapes;
    }

    /** Every feature of a code (more than one for UKR: Ukraine and Crimea). */
    public List<CountryShape> of(String iso) {
        return shapes.stream().filter(s -> s.iso().equals(iso)).toList();
    }

    /**
     * One shape for a state that no longer exists, made of today's shapes {@code parts} (the Soviet
     * Union of its fifteen republics): the rings of every part with their shared borders taken out.
     * Neighbours share their borders point for point in the bundled files, so a border edge drawn one
     * way by one part and the other way by its neighbour lies inside the union; what is left is chained
     * back into rings. Where the edges do not chain (shapes that do not share their borders exactly),
     * the parts' rings are kept as they are: the fill is the same, only inner borders stay drawn.
     * Computed on first need and kept.
     */
    public synchronized CountryShape union(String iso, String name, java.util.List<String> parts) {
        String key = iso + "=" + String.join("+", parts);
        CountryShape done = unions.get(key);
        if (done != null) return done;
        List<double[]> all = new ArrayList<>();
        for (String part : parts) for (CountryShape shape : of(part)) all.addAll(shape.rings());
        List<double[]> rings = dissolve(all);
        done = bounded(iso, name, rings);
        unions.put(key, done);
        return done;
    }

    private final java.util.Map<String, CountryShape> unions = new java.util.HashMap<>();

    /** A point as one number: the files' coordinates have four decimals, so a point is exact in 1e-4 steps. */
    private static long point(double lon, double lat) {
        return (Math.round(lon * 1e4) + 2_000_000L) * 4_000_000L + (Math.round(lat * 1e4) + 2_000_000L);
    }

    private record Edge(long from, long to) {
    }

    static List<double[]> dissolve(List<double[]> rings) {
        java.util.Map<Edge, Integer> count = new java.util.HashMap<>();
        java.util.Map<Long, double[]> where = new java.util.HashMap<>();
        for (double[] r : rings) {
            int n = r.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                long a = point(r[2 * i], r[2 * i + 1]);
                long b = point(r[2 * j], r[2 * j + 1]);
                if (a == b) continue;
                where.putIfAbsent(a, new double[] {r[2 * i], r[2 * i + 1]});
                count.merge(new Edge(a, b), 1, Integer::sum);
            }
        }
        // An edge whose reverse is there too lies between two parts.
        java.util.Map<Long, java.util.ArrayDeque<Long>> next = new java.util.LinkedHashMap<>();
        int left = 0;
        for (var e : count.entrySet()) {
            Edge edge = e.getKey();
            int reverse = count.getOrDefault(new Edge(edge.to(), edge.from()), 0);
            for (int k = e.getValue() - reverse; k > 0; k--) {
                next.computeIfAbsent(edge.from(), x -> new java.util.ArrayDeque<>()).add(edge.to());
                left++;
            }
        }
        List<double[]> out = new ArrayList<>();
        while (left > 0) {
            long start = -1;
            for (var e : next.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    start = e.getKey();
                    break;
                }
            }
            List<Long> ring = new ArrayList<>();
            long at = start;
            do {
                ring.add(at);
                java.util.ArrayDeque<Long> outs = next.get(at);
                if (outs == null || outs.isEmpty()) return rings; // does not chain: keep the parts as they are
                at = outs.poll();
                left--;
            } while (at != start);
            double[] r = new double[(ring.size() + 1) * 2];
            for (int i = 0; i <= ring.size(); i++) {
                double[] p = where.get(ring.get(i % ring.size()));
                r[2 * i] = p[0];
                r[2 * i + 1] = p[1];
            }
            out.add(r);
        }
        return out;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) throw new IOException("country shapes: expected " + expected + ", found " + actual);
    }

    private static CountryShape feature(JsonParser p) throws IOException {
        String iso = null;
        String name = null;
        List<double[]> rings = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "properties" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String prop = p.currentName();
                        p.nextToken();
                        if ("iso_a3".equals(prop)) iso = p.getValueAsString();
                        else if ("name".equals(prop)) name = p.getValueAsString();
                        else p.skipChildren();
                    }
                }
                case "geometry" -> geometry(p, rings);
                default -> p.skipChildren();
            }
        }
        return bounded(iso, name, rings);
    }

    /** A shape with the bounding box of its rings (longitude, latitude pairs). */
    private static CountryShape bounded(String iso, String name, List<double[]> rings) {
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (double[] r : rings) {
            for (int i = 0; i < r.length; i += 2) {
                minLon = Math.min(minLon, r[i]);
                maxLon = Math.max(maxLon, r[i]);
                minLat = Math.min(minLat, r[i + 1]);
                maxLat = Math.max(maxLat, r[i + 1]);
            }
        }
        return new CountryShape(iso, name, rings, minLon, minLat, maxLon, maxLat);
    }

    private static void geometry(JsonParser p, List<double[]> rings) throws IOException {
        String type = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("type".equals(field)) {
                type = p.getText();
            } else if ("coordinates".equals(field)) {
                if (p.currentToken() == JsonToken.START_ARRAY) collectRings(readArray(p), rings);
                else p.skipChildren();
            } else {
                p.skipChildren();
            }
        }
        if (type != null && !type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new IOException("country shapes: unsupported geometry " + type);
        }
    }

    /** A coordinates array as nested lists of numbers (null for anything else), read from its START_ARRAY. */
    private static List<Object> readArray(JsonParser p) throws IOException {
        List<Object> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) throw new IOException("country shapes: the file ends inside a coordinates array");
            if (t == JsonToken.START_ARRAY) {
                items.add(readArray(p));
            } else if (t.isNumeric()) {
                items.add(p.getDoubleValue());
            } else {
                p.skipChildren();
                items.add(null);
            }
        }
        return items;
    }

    /** Adds every ring under a coordinates array: Polygon and MultiPolygon alike. */
    private static void collectRings(List<?> node, List<double[]> rings) {
        boolean isRing = !node.isEmpty() && node.get(0) instanceof List<?> first && first.size() >= 2 && first.get(0) instanceof Double;
        if (isRing) {
            double[] r = new double[node.size() * 2];
            for (int i = 0; i < node.size(); i++) {
                List<?> point = (List<?>) node.get(i);
                r[2 * i] = (Double) point.get(0);
                r[2 * i + 1] = (Double) point.get(1);
            }
            rings.add(r);
        } else {
            for (Object child : node) if (child instanceof List<?> list) collectRings(list, rings);
        }
    }
}
