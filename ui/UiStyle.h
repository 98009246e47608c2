#pragma once

#include "model/Claim.h"
#include "model/Conflict.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

namespace cc {

// Colours, icons and human labels shared by the panels. Side colours are the
// Okabe-Ito set: distinguishable for colour-blind readers and legible on both
// light and dark palettes; everything else takes its colours from the palette.
namespace UiStyle {

QColor sideColor(int sideIndex);
// A translucent version of the side colour, for text backgrounds.
QColor sideHighlight(int sideIndex, int alpha = 90);
// True when the palette's window colour is dark.
bool isDark(const QPalette &palette);

QString kindLabel(ConflictKind kind);
QString statusLabel(ReviewStatus status);
QString severityLabel(Severity severity);
QString certaintyLabel(Certainty certainty);

// Small round icons drawn at the screen's device pixel ratio.
QIcon statusIcon(ReviewStatus status);
QIcon severityIcon(Severity severity);
QIcon sideIcon(int sideIndex);
QIcon changedIcon();

// "Subject — attribute (scope): value vs value": one line naming a conflict.
QString conflictSummary(const Conflict &conflict);

// "1 claim", "3 claims": English plurals without a translation file.
QString count(qsizetype n, const QString &one, const QString &many);

// The ISO date ("2026-03-09"), "—" when invalid.
QString dateLabel(const QDate &date);

} // namespace UiStyle

} // namespace cc
