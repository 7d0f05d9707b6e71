"""The encrypted record store: SQLCipher through sqlite-utils. No Qt here."""
