#pragma once

// The program's icon (window, tray), drawn with QPainter at the usual sizes so that no image
// file or SVG module is needed: a document with rows and a download arrow.

#include <QIcon>

namespace defex {

QIcon appIcon();

} // namespace defex
