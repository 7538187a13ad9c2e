int otjWizardPlaceholder() { return 0; }
