package org.jiceng.platform.open311.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes GeoReport v2 documents in either of its formats from one tree: objects are ordered maps, and a list is
 * {@link Items} — an array in JSON, a wrapper element of repeated item elements in XML (as the specification's
 * examples and schemas have them). Absent (null) values are left out.
 */
final class Open311Writer {
    /** A list with the element name of its items in XML. */
    record Items(String item, List<?> values) {
    }

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Open311Writer() {
    }

    /** The document: {@code root} names the XML root element; in JSON a list is the root array. */
    static String write(boolean xml, String root, Object value) {
        return xml ? xml(root, value) : json(value);
    }

    private static String json(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(out)) {
            json(g, null, value);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void json(JsonGenerator g, String name, Object v) {
        if (v instanceof Items items) {
            if (name == null) {
                g.writeStartArray();
            } else {
                g.writeStartArray(name);
            }
            items.values().forEach(x -> json(g, null, x));
            g.writeEnd();
        } else if (v instanceof Map<?, ?> map) {
            if (name == null) {
                g.writeStartObject();
            } else {
                g.writeStartObject(name);
            }
            ((Map<String, Object>) map).forEach((k, x) -> {
                if (x != null) {
                    json(g, k, x);
                }
            });
            g.writeEnd();
        } else if (v instanceof Boolean b) {
            if (name == null) {
                g.write(b);
            } else {
                g.write(name, b);
            }
        } else if (v instanceof Integer || v instanceof Long) {
            long n = ((Number) v).longValue();
            if (name == null) {
                g.write(n);
            } else {
                g.write(name, n);
            }
        } else if (v instanceof Double d) {
            if (name == null) {
                g.write(d);
            } else {
                g.write(name, d);
            }
        } else {
            String s = text(v);
            if (name == null) {
                g.write(s);
            } else {
                g.write(name, s);
            }
        }
    }

    private static String xml(String root, Object value) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            xml(w, root, value);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void xml(XMLStreamWriter w, String name, Object v) throws XMLStreamException {
        w.writeStartElement(name);
        if (v instanceof Items items) {
            for (Object x : items.values()) {
                xml(w, items.item(), x);
            }
        } else if (v instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (e.getValue() != null) {
                    xml(w, e.getKey(), e.getValue());
                }
            }
        } else {
            w.writeCharacters(text(v));
        }
        w.writeEndElement();
    }

    private static String text(Object v) {
        if (v instanceof OffsetDateTime t) {
            return W3C.format(t.withOffsetSameInstant(ZoneOffset.UTC).withNano(0));
        }
        return String.valueOf(v);
    }
}
