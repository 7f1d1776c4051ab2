package io.spikemix.engine.io.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Mutations that break XML structure or smuggle in entities, for the imzML reader. */
final class XmlMutations {

    private static final String[] DOCTYPES = {
        // external entity (XXE): must never be resolved
        "<!DOCTYPE mzML [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
        // entity expansion ("billion laughs"), cut to a few levels
        "<!DOCTYPE mzML [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY e \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
        // a parameter entity pointing outside
        "<!DOCTYPE mzML [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x\"> %p;]>" };

    private XmlMutations() {
    }

    static Mutations.Mutant of(byte[] seed, long baseSeed, int index) {
        SplittableRandom rnd = new SplittableRandom(baseSeed * 1_000_003L + index);
        String xml = new String(seed, StandardCharsets.UTF_8);
        int kind = rnd.nextInt(5);
        switch (kind) {
            case 0 -> {
                String doctype = DOCTYPES[rnd.nextInt(DOCTYPES.length)];
                int decl = xml.indexOf("?>") + 2;
                int at = attributeValueStart(xml, rnd);
                String s = xml.substring(0, decl) + doctype + xml.substring(decl, at) + "&e;" + xml.substring(at);
                return new Mutations.Mutant(bytes(s), "entity declaration and '&e;' at " + at);
            }
            case 1 -> {
                int at = nth(xml, "</", rnd);
                int end = xml.indexOf('>', at) + 1;
                return new Mutations.Mutant(bytes(xml.substring(0, at) + xml.substring(end)),
                        "closing tag at " + at + " removed");
            }
            case 2 -> {
                int at = nth(xml, ">", rnd);
                return new Mutations.Mutant(bytes(xml.substring(0, at) + xml.substring(at + 1)), "'>' at " + at + " removed");
            }
            case 3 -> {
                int at = rnd.nextInt(xml.length());
                String junk = new String[] { "<", "&", "]]>", "\u0000", "<!--", "\"" }[rnd.nextInt(6)];
                return new Mutations.Mutant(bytes(xml.substring(0, at) + junk + xml.substring(at)),
                        "'" + junk.replace("\u0000", "\\0") + "' inserted at " + at);
            }
            default -> {
                int at = attributeValueStart(xml, rnd);
                String value = Mutations.HOSTILE_NUMBERS[rnd.nextInt(Mutations.HOSTILE_NUMBERS.length)];
                int end = xml.indexOf('"', at);
                return new Mutations.Mutant(bytes(xml.substring(0, at) + value + xml.substring(end)),
                        "attribute value at " + at + " replaced by '" + value + "'");
            }
        }
    }

    private static int attributeValueStart(String xml, SplittableRandom rnd) {
        return nth(xml, "value=\"", rnd) + "value=\"".length();
    }

    /** The index of a random occurrence of {@code what}. */
    private static int nth(String xml, String what, SplittableRandom rnd) {
        int count = 0;
        for (int i = xml.indexOf(what); i >= 0; i = xml.indexOf(what, i + 1)) {
            count++;
        }
        int pick = rnd.nextInt(Math.max(1, count));
        int at = xml.indexOf(what);
        for (int k = 0; k < pick; k++) {
            at = xml.indexOf(what, at + 1);
        }
        return Math.max(0, at);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
