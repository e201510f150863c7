"""Static world data for the synthetic corpus: name pools, London places, substances,
medical history, and the people, phone numbers and references built from them."""
