#!/bin/sh
# SPDX-License-Identifier: MIT
# Stands in for the unit tests when configure found no cmocka.
echo "1..0 # SKIP cmocka is not installed: the unit tests were not built (Debian package libcmocka-dev)"
