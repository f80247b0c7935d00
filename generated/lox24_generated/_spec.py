"""The version of the LOX24 API description this package was generated from."""

SPEC_VERSION = "2.22"
