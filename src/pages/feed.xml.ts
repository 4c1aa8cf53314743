// jekyll-feed's address, so readers subscribed to a Jekyll blog's feed keep receiving posts. It is the
// site's feed, self link included: a reader that follows the self link moves over to /rss.xml.
export { GET } from "./rss.xml.ts";
