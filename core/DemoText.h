#pragma once

// The composition of the demo database's Dutch texts from the fragments in DemoWords.

#include "Columns.h"
#include "DemoFormat.h"

#include <string>
#include <string_view>

namespace defex::demo {

// `out` is appended to; callers clear and reuse their buffers.
void composeBegrip(Rng &rng, std::string &out);
// `genusGroup` 0..3 picks genus words that suit type, proces, resultaat or exemplaar.
void composeDefinitie(Rng &rng, std::string_view begrip, int genusGroup, std::string &out);
void composeExample(Rng &rng, ExampleType type, std::string_view begrip, std::string &out);
// A multi-paragraph Markdown-ish example of more than 2,000 characters.
void composeLongExample(Rng &rng, std::string_view begrip, std::string &out);

} // namespace defex::demo
