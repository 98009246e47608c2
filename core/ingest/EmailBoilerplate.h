#pragma once

#include <QString>

namespace cc {

// Newsletter boilerplate in an e-mail body: "view in browser" headers,
// unsubscribe / manage-preferences footers, "you are receiving this because",
// forward-to-a-friend lines and the signature after "-- ". A paragraph holding
// such a phrase is dropped when it is short or stands in the message's head or
// tail, so that a long news paragraph that merely mentions unsubscribing stays.
class EmailBoilerplate {
public:
    static QString strip(const QString &body);
    // True when one paragraph reads as boilerplate on its own.
    static bool isBoilerplate(const QString &paragraph);
};

} // namespace cc
