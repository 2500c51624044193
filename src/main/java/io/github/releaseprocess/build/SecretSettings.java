package io.github.releaseprocess.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A Maven settings file that carries secret properties to a nested build without a command line:
 * the user's settings (when there are any) plus a profile {@value #PROFILE_ID}, listed under
 * {@code <activeProfiles>}, whose {@code <properties>} hold the secrets. Maven injects the
 * properties of active settings profiles into every project of the build, so {@code ${name}} in a
 * POM and plugin parameters read them as they would read {@code -Dname=value}.
 */
final class SecretSettings {

    static final String PROFILE_ID = "release-process-secrets";

    private SecretSettings() {
    }

    /** Writes the settings to {@code target} (mode 0600) and returns it. */
    static Path write(Optional<Path> userSettings, Map<String, String> secrets, Path target)
            throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc;
            if (userSettings.isPresent()) {
                try {
                    doc = builder.parse(userSettings.get().toFile());
                } catch (SAXException e) {
                    throw new IOException("cannot read the settings " + userSettings.get()
                            + " to add the build's secret properties: " + e.getMessage(), e);
                }
            } else {
                doc = builder.newDocument();
                doc.appendChild(doc.createElementNS("http://maven.apache.org/SETTINGS/1.0.0",
                        "settings"));
            }
            Element root = doc.getDocumentElement();
            String ns = root.getNamespaceURI();
            Element profile = doc.createElementNS(ns, "profile");
            profile.appendChild(text(doc, ns, "id", PROFILE_ID));
            Element properties = doc.createElementNS(ns, "properties");
            for (Map.Entry<String, String> e : secrets.entrySet()) {
                if (!e.getKey().matches("[A-Za-z_][A-Za-z0-9_.\\-]*")) {
                    throw new IOException("the secret property '" + e.getKey() + "' cannot be"
                            + " passed to the build: its name is not a valid XML element name");
                }
                properties.appendChild(text(doc, ns, e.getKey(), e.getValue()));
            }
            profile.appendChild(properties);
            child(doc, root, ns, "profiles").appendChild(profile);
            child(doc, root, ns, "activeProfiles").appendChild(text(doc, ns, "activeProfile",
                    PROFILE_ID));
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(bytes));
            PrivateFiles.write(target, bytes.toByteArray());
            return target;
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("cannot write the build's settings: " + e.getMessage(), e);
        }
    }

    private static Element child(Document doc, Element root, String ns, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        Element created = doc.createElementNS(ns, name);
        root.appendChild(created);
        return created;
    }

    private static Element text(Document doc, String ns, String name, String value) {
        Element e = doc.createElementNS(ns, name);
        e.setTextContent(value);
        return e;
    }
}
