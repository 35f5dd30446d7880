// Placed first on core's include path: every Qt Gui and Qt Widgets header includes its
// module's global header, so any widget or gui include in core stops the build here.
#error "core must not use Qt Gui or Qt Widgets: move this code to ui/ (see CONTRIBUTING.md)"
