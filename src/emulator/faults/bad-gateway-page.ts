// The HTML a load balancer in front of GitLab answers with when GitLab does not.

/** nginx's 502 page, as clients see it when GitLab's workhorse or puma is down. */
export const BAD_GATEWAY_HTML = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;
