"""Export to and import from the standard formats: ClaimReview, FEVER, AVeriTeC,
W3C Web Annotation, brat standoff and Label Studio."""

FORMATS = ("claimreview", "fever", "averitec", "w3c", "brat", "label-studio")
