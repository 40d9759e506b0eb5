"""Resolution across documents: matching mentions of one incident, reconciling figures."""
