import { describe, expect, it } from 'vitest';
import { isHardwareRenderer, rendererOptions, WEBGL_MIN_ELEMENTS, wantsWebgl } from './renderer.ts';

describe('isHardwareRenderer', () => {
  it('tells a GPU from a software rasteriser by the name WebGL reports', () => {
    expect(isHardwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(false);
    expect(isHardwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(isHardwareRenderer('')).toBe(false);
    expect(isHardwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(true);
    expect(isHardwareRenderer('Apple M2')).toBe(true);
  });
});

describe('renderer choice', () => {
  it('uses WebGL only on a GPU and only for a big graph', () => {
    expect(wantsWebgl(WEBGL_MIN_ELEMENTS, true)).toBe(true);
    expect(wantsWebgl(WEBGL_MIN_ELEMENTS - 1, true)).toBe(false);
    expect(wantsWebgl(100_000, false)).toBe(false);
  });

  it('probes the GPU only when the graph is big enough to use it', () => {
    let probes = 0;
    const gpu = (answer: boolean) => () => {
      probes += 1;
      return answer;
    };
    expect(rendererOptions(7, 22, gpu(true))).toEqual({});
    expect(probes).toBe(0);
    expect(rendererOptions(2000, 10_000, gpu(true))).toEqual({ webgl: true });
    expect(rendererOptions(2000, 10_000, gpu(false))).toEqual({});
    expect(probes).toBe(2);
  });
});
