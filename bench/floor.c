/* SPDX-License-Identifier: MIT */
/* The start-up floor: a process that does nothing. bench/run builds it
 * static (what any process costs here) and linked with cinx's shared
 * libraries (what loading them adds), and times both beside cinx. */
int main(void)
{
	return 0;
}
