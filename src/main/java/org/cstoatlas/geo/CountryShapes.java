package org.cstoatlas.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    private final List<CountryShape> shapes;

    private CountryShapes(List<CountryShape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    public static CountryShapes read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
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

    /** Only the codes: what validating a dataset needs, without building any ring. */
    public static Set<String> readIsoCodes(Path file) throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        try (JsonParser p = FACTORY.createParser(Files.newInputStream(file))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && "iso_a3".equals(p.currentName()) && p.nextToken() == JsonToken.VALUE_STRING) {
                    codes.add(p.getText());
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
                collectRings(p.readValueAsTree(), rings);
            } else {
                p.skipChildren();
            }
        }
        if (type != null && !type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new IOException("country shapes: unsupported geometry " + type);
        }
    }

    /** Adds every ring under a coordinates tree: Polygon and MultiPolygon alike. */
    private static void collectRings(JsonNode node, List<double[]> rings) {
        boolean isRing = node.size() > 0 && node.get(0).isArray() && node.get(0).size() >= 2 && node.get(0).get(0).isNumber();
        if (isRing) {
            double[] r = new double[node.size() * 2];
            for (int i = 0; i < node.size(); i++) {
                r[2 * i] = node.get(i).get(0).asDouble();
                r[2 * i + 1] = node.get(i).get(1).asDouble();
            }
            rings.add(r);
        } else {
            for (JsonNode child : node) collectRings(child, rings);
        }
    }
}
