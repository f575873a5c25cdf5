// The Graph SDK writes query option values into the URL as they are: each value is
// percent-encoded here so that `&`, `#`, `+` and `%` in user text stay text.

/** A `$filter` expression, ready for the SDK's `.filter()`. */
export const filterValue = (expression: string) => encodeURIComponent(expression);

/** A quoted OData string literal (a quote is doubled). */
export const odataString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A quoted `$search` phrase, ready for the SDK's `.search()` (`\` escapes `"` and `\`, as in OData 4.01). */
export const searchValue = (text: string) => encodeURIComponent(`"${text.replace(/[\\"]/g, '\\$&')}"`);
