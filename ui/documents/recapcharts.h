// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "recap.h"

// The recap's charts as vector drawings for the document pipeline: black,
// white and greys with hatching, so that a black-and-white copy still reads.
namespace sisambang::documents {

// Horizontal bars, one per kecamatan: visited out of covered desa, the
// percentage written at the end of each bar.
Drawing coverageChart(const QList<db::KecamatanCoverage> &coverage);

// Columns of activities per week, labelled with the week's Monday ("6 Mar").
Drawing weeklyChart(const QList<QPair<QDate, int>> &perWeek);

} // namespace sisambang::documents
