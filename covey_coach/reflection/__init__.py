"""The Reflect flow apart from its widgets: the steps, what is typed, and the entry it becomes."""
