import { describe, expect, it } from "vitest";
import { convertLiquid, createLiquidEngine, type LiquidContext } from "../../src/lib/import/jekyll/liquid.ts";

const posts: Record<string, string> = { "2020-01-01-x": "/posts/x/" };
const files: Record<string, string> = { "_posts/2020-01-01-x.md": "/posts/x/" };

const markdown: LiquidContext = {
  format: "markdown",
  postUrl: (name) => posts[name],
  linkUrl: (path) => files[path],
  siteUrl: "https://old.example.org",
};

const convert = (body: string, context: Partial<LiquidContext> = {}) =>
  convertLiquid(body, { ...markdown, ...context });

describe("{% highlight %}", () => {
  it("becomes fenced code with the language, line numbers kept as showLineNumbers", () => {
    const result = convert('Before\n\n{% highlight ruby linenos %}\nputs "hi"\n{% endhighlight %}\n\nAfter');
    expect(result.text).toBe('Before\n\n```ruby showLineNumbers\nputs "hi"\n```\n\nAfter');
    expect(result.changes).toContain("highlight linenos → showLineNumbers");
    expect(result.changes).toContain("{% highlight %} converted to fenced code");
    expect(result.attention).toEqual([]);
  });

  it("takes a fence longer than any run of backticks in the code", () => {
    const result = convert("{% highlight markdown %}\n```js\nx\n```\n{% endhighlight %}");
    expect(result.text).toBe("````markdown\n```js\nx\n```\n````");
  });

  it("keeps the indentation of a block inside a list item", () => {
    const result = convert("1. Run:\n\n   {% highlight sh %}\n   npm test\n   {% endhighlight %}\n");
    expect(result.text).toBe("1. Run:\n\n   ```sh\n      npm test\n   ```\n");
  });

  it("starts a block on its own line when it begins mid-line", () => {
    expect(convert("Code: {% highlight js %}x(){% endhighlight %} done").text).toBe("Code: \n\n```js\nx()\n```\n done");
  });

  it("converts Liquid inside the block, and keeps {% raw %} content literal there", () => {
    const result = convert(
      '{% highlight html %}\n<a href="{{ site.baseurl }}/x">{% raw %}{{ y }}{% endraw %}</a>\n{% endhighlight %}',
    );
    expect(result.text).toBe('```html\n<a href="/x">{{ y }}</a>\n```');
  });

  it("becomes <pre><code> with the code escaped in an HTML post", () => {
    const result = convert("{% highlight js %}\nif (a < b) x();\n{% endhighlight %}", { format: "html" });
    expect(result.text).toBe('<pre><code class="language-js">if (a &lt; b) x();</code></pre>');
  });

  it("is left in place and reported when it never ends", () => {
    const result = convert("{% highlight js %}\nx()");
    expect(result.text).toBe("{% highlight js %}\nx()");
    expect(result.attention).toEqual([
      "Liquid tag {% highlight js %} kept as written: {% highlight %} without {% endhighlight %}",
    ]);
  });
});

describe("{% raw %} and {% comment %}", () => {
  it("keeps raw content literal, trimming whitespace as Liquid's {%- -%} does", () => {
    expect(convert("Write {% raw %}{{ page.title }} and {% if x %}{% endraw %} literally.").text).toBe(
      "Write {{ page.title }} and {% if x %} literally.",
    );
    const result = convert("Write {%- raw -%} {{ page.title }} {%- endraw -%} literally.");
    expect(result.text).toBe("Write{{ page.title }}literally.");
    expect(result.attention).toEqual([]);
  });

  it("drops comment blocks", () => {
    expect(convert("a{% comment %}secret {{ x }}{% endcomment %}b").text).toBe("ab");
  });
});

describe("URL helpers", () => {
  it("turns {{ site.baseurl }} and {{ site.url }} before a path into a site path", () => {
    expect(convert("[a]({{ site.baseurl }}/about/)").text).toBe("[a](/about/)");
    expect(convert("[a]({{site.url}}{{ site.baseurl }}/about/)").text).toBe("[a](/about/)");
    expect(convert("[a]({{ site.url }}/about/)").text).toBe("[a](/about/)");
  });

  it("writes {{ site.url }} out where it is text, empty when the site has none, as Jekyll did", () => {
    expect(convert("Visit {{ site.url }} today").text).toBe("Visit https://old.example.org today");
    const bare = convert("Visit {{ site.url }} today", { siteUrl: "" });
    expect(bare.text).toBe("Visit  today");
    expect(bare.attention).toEqual([]);
  });

  it("reduces relative_url, absolute_url and prepend filters on a literal path to the path", () => {
    expect(convert('![p]({{ "/assets/p.png" | relative_url }})').text).toBe("![p](/assets/p.png)");
    expect(convert("![p]({{ 'assets/p.png' | absolute_url }})").text).toBe("![p](/assets/p.png)");
    expect(convert('<img src="{{ "/p.png" | prepend: site.baseurl }}">').text).toBe('<img src="/p.png">');
    expect(convert('{{ "https://cdn.example/p.png" | absolute_url }}').text).toBe("https://cdn.example/p.png");
  });

  it("keeps outputs nothing defines as written, and reports each", () => {
    const result = convert("{{ page.title }} by {{ site.author | upcase }}");
    expect(result.text).toBe("{{ page.title }} by {{ site.author | upcase }}");
    expect(result.attention).toEqual([
      "Liquid output {{ page.title }} kept as written: undefined variable: page.title",
      "Liquid output {{ site.author | upcase }} kept as written: undefined variable: site.author",
    ]);
  });
});

describe("links to posts", () => {
  it("replaces post_url and link with the imported post's new URL", () => {
    const result = convert("[x]({% post_url 2020-01-01-x %}#part) and [y]({% link _posts/2020-01-01-x.md %})");
    expect(result.text).toBe("[x](/posts/x/#part) and [y](/posts/x/)");
    expect(result.attention).toEqual([]);
  });

  it("links a post that was not imported at the old site's URL when it is known, reported", () => {
    const result = convert("[x]({% post_url 2010-01-01-gone %})", { oldUrl: () => "https://old.example.org/gone/" });
    expect(result.text).toBe("[x](https://old.example.org/gone/)");
    expect(result.attention).toEqual([
      "{% post_url 2010-01-01-gone %} names nothing imported: it links to the old site's https://old.example.org/gone/",
    ]);
  });

  it("leaves a link to a post that was not imported in place, reported", () => {
    const result = convert("[x]({% post_url 2010-01-01-gone %})");
    expect(result.text).toBe("[x]({% post_url 2010-01-01-gone %})");
    expect(result.attention).toEqual(["{% post_url 2010-01-01-gone %} names no imported post: left in place"]);
  });
});

describe("Liquid evaluated in Jekyll's context", () => {
  const site = {
    repository: "ruby/ruby",
    github: { owner: "ruby" },
    data: { releases: [{ version: "3.3.0", tag: "v3_3_0", stats: { files_changed: 5 } }] },
  };
  const page = { title: "Ruby 3.3.0 Released", date: new Date("2023-12-25T00:00:00Z") };

  it("reads site keys (nested too), site.data and page, and applies Jekyll's filters", () => {
    const result = convert(
      '{% assign release = site.data.releases | where: "version", "3.3.0" | first %}' +
        "Ruby {{ release.version }} ({{ release.stats.files_changed }} files) in {{ site.repository }} " +
        "by {{ site.github.owner | upcase }}: {{ page.title | xml_escape }} on {{ page.date | date: '%Y-%m-%d' }}",
      { site, page },
    );
    expect(result.text).toBe("Ruby 3.3.0 (5 files) in ruby/ruby by RUBY: Ruby 3.3.0 Released on 2023-12-25");
    expect(result.attention).toEqual([]);
  });

  it("prints dates in the Jekyll site's time zone, wherever the import runs", () => {
    const engine = createLiquidEngine("America/Los_Angeles");
    const result = convertLiquid("{{ page.date | date: '%Y-%m-%d %H:%M' }}", { ...markdown, page }, engine);
    expect(result.text).toBe("2023-12-24 16:00");
  });

  it("runs loops and captures", () => {
    const result = convert(
      "{% capture v %}{{ site.data.releases[0].version }}{% endcapture %}" +
        "{% for r in site.data.releases %}- [{{ r.version }}]({{ '/releases/' | append: r.tag | relative_url }})\n{% endfor %}{{ v }}",
      { site },
    );
    expect(result.text).toBe("- [3.3.0](/releases/v3_3_0)\n3.3.0");
  });

  it("keeps a loop over what nothing defines as written, whole, and reports it", () => {
    const result = convert("{% for p in paginator.posts %}{{ p.title }}{% endfor %}after", { site });
    expect(result.text).toBe("{% for p in paginator.posts %}{{ p.title }}{% endfor %}after");
    expect(result.attention).toEqual([
      "Liquid tag {% for p in paginator.posts %} kept as written: undefined variable: paginator",
    ]);
  });

  it("keeps a plugin's tags as written, and reports each", () => {
    const result = convert("{% tweet 123 %} and {% asset_img a.png %}");
    expect(result.text).toBe("{% tweet 123 %} and {% asset_img a.png %}");
    expect(result.attention).toEqual([
      "Liquid tag {% tweet %} is a plugin's: kept as written",
      "Liquid tag {% asset_img %} is a plugin's: kept as written",
    ]);
  });
});

describe("{% include %}", () => {
  const includes = new Map([
    ["note.html", '<aside class="note">{{ include.content }}</aside>'],
    ["plain.md", "**Plain** Markdown\n"],
    ["dynamic.html", "{{ site.nothing }}"],
  ]);

  it("inlines a plain file of _includes/, and one whose Liquid evaluates", () => {
    const result = convert('{% include plain.md %}\n\n{% include note.html content="Hi" %}', { includes });
    expect(result.text).toBe('**Plain** Markdown\n\n<aside class="note">Hi</aside>');
    expect(result.changes).toEqual([
      "{% include plain.md %} inlined",
      "{% include note.html %} inlined, its Liquid evaluated",
    ]);
  });

  it("keeps an include it cannot inline as written, reported", () => {
    const result = convert("{% include dynamic.html %} {% include missing.html %}", { includes });
    expect(result.text).toBe("{% include dynamic.html %} {% include missing.html %}");
    expect(result.attention).toEqual([
      "{% include dynamic.html %} holds Liquid that cannot be evaluated here (undefined variable: site.nothing): kept as written",
      "{% include missing.html %}: no such file in _includes/: kept as written",
    ]);
  });
});

describe("Octopress tags", () => {
  it("turns {% codeblock %} into fenced code, its title a caption, lang: its language", () => {
    expect(convert("{% codeblock lang:cpp %}\nuint8_t SBOX[] = { 1, 0 };\n{% endcodeblock %}").text).toBe(
      "```cpp\nuint8_t SBOX[] = { 1, 0 };\n```",
    );
    expect(
      convert('{% codeblock Time to be Awesome - awesome.rb %}\nputs "Awesome!" unless lame\n{% endcodeblock %}').text,
    ).toBe('*Time to be Awesome - awesome.rb*\n\n```rb\nputs "Awesome!" unless lame\n```');
    // HTML in the sample stays code: it is no longer live markup.
    expect(convert("{% codeblock lang:html %}\n<div>x</div>\n{% endcodeblock %}").text).toBe(
      "```html\n<div>x</div>\n```",
    );
  });

  it("turns {% blockquote %} into a quote with its attribution", () => {
    const result = convert(
      "{% blockquote Alan Kay http://c2.com/cgi/wiki?AlanKaysDefinitionOfObjectOriented Alan Kay's definition of OOP %}\nOOP to me means only messaging.\n{% endblockquote %}",
    );
    expect(result.text).toBe(
      "\n> OOP to me means only messaging.\n>\n> — Alan Kay, [Alan Kay's definition of OOP](http://c2.com/cgi/wiki?AlanKaysDefinitionOfObjectOriented)\n",
    );
  });

  it("keeps a {% pullquote %} as its paragraph", () => {
    expect(
      convert(
        '{% pullquote %}\nSurround your paragraph, {" surround it like this "} and that is all.\n{% endpullquote %}',
      ).text,
    ).toBe("Surround your paragraph, surround it like this and that is all.");
  });

  it("turns {% img %} into an image, with its size as HTML", () => {
    expect(convert("{% img /images/a.png %}").text).toBe("![](/images/a.png)");
    expect(convert("{% img center /images/pcaplot.png 616 466 'PCA' %}").text).toBe(
      '<img src="/images/pcaplot.png" alt="PCA" title="PCA" width="616" height="466" class="center">',
    );
  });

  it("turns embeds into links (gist, youtube), flagged, and {% video %} into a <video>", () => {
    const result = convert("{% gist 1234 %} {% youtube wfMtDGfHWpA %} {% video /v/a.mp4 640 320 /v/p.png %}");
    expect(result.text).toBe(
      '[Gist 1234](https://gist.github.com/1234) [Video on YouTube](https://www.youtube.com/watch?v=wfMtDGfHWpA) <video src="/v/a.mp4" controls width="640" height="320" poster="/v/p.png"></video>',
    );
    expect(result.attention).toHaveLength(2);
  });
});
