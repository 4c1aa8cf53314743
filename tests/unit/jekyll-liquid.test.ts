import { describe, expect, it } from "vitest";
import { convertLiquid, type LiquidContext } from "../../src/lib/import/jekyll/liquid.ts";

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
  it("becomes fenced code with the language, line numbers dropped and reported", () => {
    const result = convert('Before\n\n{% highlight ruby linenos %}\nputs "hi"\n{% endhighlight %}\n\nAfter');
    expect(result.text).toBe('Before\n\n```ruby\nputs "hi"\n```\n\nAfter');
    expect(result.changes).toContain("highlight options dropped: linenos");
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
    expect(result.attention).toEqual(["{% highlight %} without {% endhighlight %} left in place"]);
  });
});

describe("{% raw %} and {% comment %}", () => {
  it("removes raw tags around their literal content, whitespace control included", () => {
    const result = convert("Write {%- raw -%}{{ page.title }} and {% if x %}{%- endraw -%} literally.");
    expect(result.text).toBe("Write {{ page.title }} and {% if x %} literally.");
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

  it("writes {{ site.url }} out where it is text, and leaves it when the site has none", () => {
    expect(convert("Visit {{ site.url }} today").text).toBe("Visit https://old.example.org today");
    const bare = convert("Visit {{ site.url }} today", { siteUrl: "" });
    expect(bare.text).toBe("Visit {{ site.url }} today");
    expect(bare.attention).toEqual(["Liquid output {{ site.url }} left in place"]);
  });

  it("reduces relative_url, absolute_url and prepend filters on a literal path to the path", () => {
    expect(convert('![p]({{ "/assets/p.png" | relative_url }})').text).toBe("![p](/assets/p.png)");
    expect(convert("![p]({{ 'assets/p.png' | absolute_url }})").text).toBe("![p](/assets/p.png)");
    expect(convert('<img src="{{ "/p.png" | prepend: site.baseurl }}">').text).toBe('<img src="/p.png">');
    expect(convert('{{ "https://cdn.example/p.png" | absolute_url }}').text).toBe("https://cdn.example/p.png");
  });

  it("leaves other outputs in place and reports each", () => {
    const result = convert("{{ page.title }} by {{ site.author | upcase }}");
    expect(result.text).toBe("{{ page.title }} by {{ site.author | upcase }}");
    expect(result.attention).toEqual([
      "Liquid output {{ page.title }} left in place",
      "Liquid output {{ site.author | upcase }} left in place",
    ]);
  });
});

describe("links to posts", () => {
  it("replaces post_url and link with the imported post's new URL", () => {
    const result = convert("[x]({% post_url 2020-01-01-x %}#part) and [y]({% link _posts/2020-01-01-x.md %})");
    expect(result.text).toBe("[x](/posts/x/#part) and [y](/posts/x/)");
    expect(result.attention).toEqual([]);
  });

  it("leaves a link to a post that was not imported in place, reported", () => {
    const result = convert("[x]({% post_url 2010-01-01-gone %})");
    expect(result.text).toBe("[x]({% post_url 2010-01-01-gone %})");
    expect(result.attention).toEqual(["{% post_url 2010-01-01-gone %} names no imported post: left in place"]);
  });
});

describe("other tags", () => {
  it("are left in place and reported", () => {
    const result = convert('{% include note.html content="x" %}\n{% if a %}b{% endif %}');
    expect(result.text).toBe('{% include note.html content="x" %}\n{% if a %}b{% endif %}');
    expect(result.attention).toEqual([
      "Liquid tag {% include %} left in place",
      "Liquid tag {% if %} left in place",
      "Liquid tag {% endif %} left in place",
    ]);
  });
});
