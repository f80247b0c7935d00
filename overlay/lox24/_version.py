"""The package version (read by the build backend) and the spec version it was generated from."""

from lox24_generated._spec import SPEC_VERSION

__version__ = "0.2.0"
#: The ``info.version`` of ``spec/lox24.yaml`` the generated code comes from.
__spec_version__ = SPEC_VERSION
