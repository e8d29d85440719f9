// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusableElements, isFocusable } from './focusable';

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const names = (elements: readonly Element[]) => elements.map((element) => element.id);

afterEach(() => {
  document.body.replaceChildren();
});

describe('focusableElements', () => {
  it('lists links with an address, buttons, fields and tabindex >= 0, in document order', () => {
    const root = mount(`
      <a id="link" href="#x">x</a><a id="anchor">no address</a>
      <button id="button">b</button><input id="input"><select id="select"></select>
      <textarea id="textarea"></textarea>
      <div id="tabbable" tabindex="0"></div><div id="scripted" tabindex="-1"></div>
      <p id="text">text</p>`);
    expect(names(focusableElements(root))).toEqual([
      'link',
      'button',
      'input',
      'select',
      'textarea',
      'tabbable',
    ]);
  });

  it('skips what sits in a hidden or inert part of the page', () => {
    const root = mount(`
      <button id="shown">shown</button>
      <div hidden><button id="in-hidden">x</button></div>
      <button id="hidden" hidden>x</button>
      <div inert><a id="in-inert" href="#y">y</a></div>`);
    expect(names(focusableElements(root))).toEqual(['shown']);
    expect(isFocusable(root.querySelector('#shown') ?? root)).toBe(true);
    expect(isFocusable(root.querySelector('#in-inert') ?? root)).toBe(false);
  });
});
