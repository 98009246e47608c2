#pragma once

#include <QString>

#include <pugixml.hpp>

namespace cc::xml {

// Office formats (Word's WordprocessingML, OpenDocument) are matched by local name:
// generators other than the reference ones sometimes bind a namespace to another prefix.
const char *localName(const char *qualifiedName);
const char *localName(const pugi::xml_node &node);
// An element with this local name.
bool is(const pugi::xml_node &node, const char *name);
// The first child element with this local name (an empty node when there is none).
pugi::xml_node child(const pugi::xml_node &node, const char *name);
// The value of the attribute with this local name, whatever its prefix.
QString attribute(const pugi::xml_node &node, const char *name);

// Deeply nested XML must not exhaust the stack (the readers are fuzzed).
constexpr int kMaxDepth = 96;

} // namespace cc::xml
