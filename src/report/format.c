#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cinx/format.h"

size_t cinx_format_number(double x, int decimals, int flags, char *buf, size_t cap)
{
	char digits[64], *dot;
	size_t nint, o = 0, n;
	const char *sign = "";
	int len;

	if (cap == 0)
		return 0;
	/* Round half away from zero, as the published figures are. */
	double scale = pow(10.0, decimals);
	double r = round(fabs(x) * scale) / scale;
	if (x < 0 && r != 0.0)
		sign = "-";
	else if ((flags & CINX_FMT_SIGN) && r != 0.0)
		sign = "+";
	len = snprintf(digits, sizeof digits, "%.*f", decimals, r);
	if (len < 0 || (size_t)len >= sizeof digits) {
		buf[0] = '\0';
		return 0;
	}
	dot = strchr(digits, '.');
	nint = dot ? (size_t)(dot - digits) : (size_t)len;

	char tmp[96];
	o = (size_t)snprintf(tmp, sizeof tmp, "%s", sign);
	for (size_t i = 0; i < nint; i++) {
		if ((flags & CINX_FMT_GROUP) && i > 0 && (nint - i) % 3 == 0)
			tmp[o++] = ',';
		tmp[o++] = digits[i];
	}
	if (dot) {
		n = strlen(dot);
		memcpy(tmp + o, dot, n);
		o += n;
	}
	tmp[o] = '\0';
	return (size_t)snprintf(buf, cap, "%s", tmp);
}

size_t cinx_format_value(cinx_value v, int decimals, int flags, char *buf, size_t cap)
{
	if (v.kind == CINX_NUM)
		return cinx_format_number(v.num, decimals, flags, buf, cap);
	if (v.kind == CINX_NO_ROW)
		return (size_t)snprintf(buf, cap, "%s", (flags & CINX_FMT_NOROW_DASH) ? "-" : "");
	return (size_t)snprintf(buf, cap, "%s", cinx_kind_symbol(v.kind));
}
