#include "ingest/XmlNodes.h"

#include <cstring>

namespace cc::xml {

const char *localName(const char *qualifiedName) {
    const char *colon = std::strrchr(qualifiedName, ':');
    return colon ? colon + 1 : qualifiedName;
}

const char *localName(const pugi::xml_node &node) {
    return localName(node.name());
}

bool is(const pugi::xml_node &node, const char *name) {
    return node.type() == pugi::node_element && std::strcmp(localName(node), name) == 0;
}

pugi::xml_node child(const pugi::xml_node &node, const char *name) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (is(c, name))
            return c;
    return {};
}

QString attribute(const pugi::xml_node &node, const char *name) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
        if (std::strcmp(localName(a.name()), name) == 0)
            return QString::fromUtf8(a.value());
    return {};
}

} // namespace cc::xml
