int otjCorePlaceholder() { return 0; }
