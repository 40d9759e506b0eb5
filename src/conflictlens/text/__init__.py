"""Text utilities that know nothing of events: sentences, numbers, dates."""
